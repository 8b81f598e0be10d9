/**
 * JOSE asymmetric signing algorithms kube-apiserver accepts for OIDC tokens (kube-apiserver reference,
 * `--oidc-signing-algs`: "allowed JOSE asymmetric signing algorithms ... defined by RFC 7518 section 3.1").
 */
export enum OidcSigningAlgorithm {
  /** RSASSA-PKCS1-v1_5 using SHA-256. */
  RS256 = 'RS256',
  /** RSASSA-PKCS1-v1_5 using SHA-384. */
  RS384 = 'RS384',
  /** RSASSA-PKCS1-v1_5 using SHA-512. */
  RS512 = 'RS512',
  /** ECDSA using P-256 and SHA-256. */
  ES256 = 'ES256',
  /** ECDSA using P-384 and SHA-384. */
  ES384 = 'ES384',
  /** ECDSA using P-521 and SHA-512. */
  ES512 = 'ES512',
  /** RSASSA-PSS using SHA-256 and MGF1 with SHA-256. */
  PS256 = 'PS256',
  /** RSASSA-PSS using SHA-384 and MGF1 with SHA-384. */
  PS384 = 'PS384',
  /** RSASSA-PSS using SHA-512 and MGF1 with SHA-512. */
  PS512 = 'PS512',
}

/** OpenID Connect token authentication for the API server (users sign in through your identity provider). */
export interface OidcAuthentication {
  /** Issuer URL; must be https. */
  readonly issuerUrl: string;
  /** The client id tokens are issued for (the `aud` claim). */
  readonly clientId: string;
  /**
   * CIDR blocks of the issuer's discovery and JWKS endpoints. kube-apiserver fetches them over HTTPS, so with
   * HardenedCluster the API endpoint subnet routes through the NAT gateway and its NSG allows TCP 443 to these
   * blocks only. Required by HardenedCluster unless `issuerAnywhereReason` is set; each block /8 or longer.
   * @default - none (an OkeCluster on its own leaves the network to you)
   */
  readonly issuerCidrs?: string[];
  /**
   * Let the API endpoint reach any address on TCP 443 instead, for identity providers that publish no address
   * ranges; recorded as a waiver of NET-10 with this reason.
   * @default - no waiver: only `issuerCidrs` are reachable
   */
  readonly issuerAnywhereReason?: string;
  /**
   * Claim holding the user name.
   * @default 'sub'
   */
  readonly usernameClaim?: string;
  /**
   * Prefix put before every user name, so OIDC users can never collide with built-in users such as
   * system:* ones. Must not be empty or '-'.
   * @default 'oidc:'
   */
  readonly usernamePrefix?: string;
  /**
   * Claim holding the groups.
   * @default 'groups'
   */
  readonly groupsClaim?: string;
  /**
   * Prefix put before every group, so OIDC groups can never collide with system:masters or other built-in
   * groups. Must not be empty or '-'.
   * @default 'oidc:'
   */
  readonly groupsPrefix?: string;
  /**
   * PEM CA bundle of the issuer, when it is not signed by a public CA.
   * @default - none
   */
  readonly caCertificate?: string;
  /**
   * Accepted signing algorithms (at least one).
   * @default [OidcSigningAlgorithm.RS256]
   */
  readonly signingAlgorithms?: OidcSigningAlgorithm[];
}
