/**
 * Internet egress the network opens only on request. Each is an exception to a hardening control and carries the
 * reason the ClusterNetwork records as a waiver.
 */

/** Let pods open HTTPS connections to the internet (TCP 443 through the NAT gateway). */
export interface PodInternetEgress {
  /**
   * Why pods need the internet (e.g. "payments-api calls the card processor's public API"); recorded as a waiver
   * of NET-10 and shown in the hardening report.
   */
  readonly reason: string;
}

/**
 * The OIDC identity provider kube-apiserver fetches the discovery document and JWKS from: the API endpoint subnet
 * then routes 0.0.0.0/0 through the NAT gateway and its NSG allows TCP 443 to these blocks only. With `existingVcn`
 * only the NSG rule is created: route your API endpoint subnet through a NAT gateway yourself.
 */
export interface OidcIssuerEgress {
  /**
   * CIDR blocks of the issuer's discovery and JWKS endpoints (IPv4, each /8 or longer, together at most one /8).
   * @default [] (then `anywhereReason` is required)
   */
  readonly cidrs?: string[];
  /**
   * Allow TCP 443 to any address instead, for identity providers without published address ranges; recorded as a
   * waiver of NET-10 with this reason.
   * @default - no waiver; only `cidrs` are reachable
   */
  readonly anywhereReason?: string;
}
