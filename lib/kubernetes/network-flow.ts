/**
 * Peers and ports of a NetworkFlow, built by static factories (as aws-cdk's `ec2.Peer` and `ec2.Port`), so each kind
 * of peer carries exactly the fields that apply to it. The NetworkPolicy they become is checked in private/flows.ts.
 */

/** What is on the other side of a flow. */
export enum FlowPeerKind {
  /** Pods of the same namespace (`FlowPeer.pods`). */
  SAME_NAMESPACE = 'SAME_NAMESPACE',
  /** Pods of another namespace (`FlowPeer.inNamespace`). */
  NAMESPACE = 'NAMESPACE',
  /** An IPv4 CIDR block with exceptions (`FlowPeer.cidr`); the instance metadata service is always excepted. */
  CIDR = 'CIDR',
}

/** Protocol of a flow port (the protocols a Kubernetes NetworkPolicy port accepts). */
export enum FlowProtocol {
  /** TCP. */
  TCP = 'TCP',
  /** UDP. */
  UDP = 'UDP',
  /** SCTP. */
  SCTP = 'SCTP',
}

/** The other side of a flow: pods of this namespace, pods of another namespace, or a CIDR block. */
export class FlowPeer {
  /**
   * Pods of the application namespace itself.
   * @param podLabels labels of the peer pods; every pod of the namespace when omitted
   */
  public static pods(podLabels?: { [key: string]: string }): FlowPeer {
    return new FlowPeer(FlowPeerKind.SAME_NAMESPACE, undefined, podLabels);
  }

  /**
   * Pods of another namespace.
   * @param namespaceName the peer namespace (RFC 1123 name)
   * @param podLabels labels of the peer pods; every pod of that namespace when omitted
   */
  public static inNamespace(namespaceName: string, podLabels?: { [key: string]: string }): FlowPeer {
    return new FlowPeer(FlowPeerKind.NAMESPACE, namespaceName, podLabels);
  }

  /**
   * An IPv4 CIDR block. 169.254.169.254/32 (instance metadata) is always added to the exceptions when the block
   * contains it, and 0.0.0.0/0 is refused without exceptions.
   * @param cidrBlock the IPv4 CIDR block, e.g. 10.1.0.0/16
   * @param exceptCidrs blocks strictly inside `cidrBlock` that stay closed
   */
  public static cidr(cidrBlock: string, exceptCidrs?: string[]): FlowPeer {
    return new FlowPeer(FlowPeerKind.CIDR, undefined, undefined, cidrBlock, exceptCidrs);
  }

  /** Kind of peer. */
  public readonly kind: FlowPeerKind;
  /**
   * The peer namespace (NAMESPACE peers only).
   * @default - none
   */
  public readonly namespaceName?: string;
  /**
   * Labels of the peer pods (SAME_NAMESPACE and NAMESPACE peers only).
   * @default - every pod of the peer namespace
   */
  public readonly podLabels?: { [key: string]: string };
  /**
   * The IPv4 CIDR block (CIDR peers only).
   * @default - none
   */
  public readonly cidrBlock?: string;
  /**
   * Blocks inside `cidrBlock` that stay closed (CIDR peers only).
   * @default - none
   */
  public readonly exceptCidrs?: string[];

  private constructor(kind: FlowPeerKind, namespaceName?: string, podLabels?: { [key: string]: string }, cidrBlock?: string, exceptCidrs?: string[]) {
    this.kind = kind;
    this.namespaceName = namespaceName;
    this.podLabels = podLabels === undefined ? undefined : { ...podLabels };
    this.cidrBlock = cidrBlock;
    this.exceptCidrs = exceptCidrs === undefined ? undefined : [...exceptCidrs];
  }
}

/** A port a flow opens. */
export class FlowPort {
  /** A TCP port (1-65535). */
  public static tcp(port: number): FlowPort {
    return new FlowPort(FlowProtocol.TCP, port);
  }

  /** A UDP port (1-65535). */
  public static udp(port: number): FlowPort {
    return new FlowPort(FlowProtocol.UDP, port);
  }

  /** An SCTP port (1-65535). */
  public static sctp(port: number): FlowPort {
    return new FlowPort(FlowProtocol.SCTP, port);
  }

  /** The protocol. */
  public readonly protocol: FlowProtocol;
  /** The port number. */
  public readonly port: number;

  private constructor(protocol: FlowProtocol, port: number) {
    this.protocol = protocol;
    this.port = port;
  }
}
