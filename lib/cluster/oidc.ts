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
   * Accepted signing algorithms.
   * @default ['RS256']
   */
  readonly signingAlgorithms?: string[];
}
