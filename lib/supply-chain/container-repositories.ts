import { Construct } from 'constructs';
import { requireOcid } from '../core/ocid';
import { libraryTags } from '../core/tags';
import { ArtifactsContainerRepository } from '../generated/providers/oci/artifacts-container-repository';
import { repositoryDisplayName, requireRepositoryNames } from './private/supply-chain-rules';
import { requireClusterName } from '../core/names';

export interface ContainerRepositoriesProps {
  /** Compartment of the repositories. */
  readonly compartmentId: string;
  /** Cluster name; each repository path is `<clusterName>/<name>`. */
  readonly clusterName: string;
  /** Repository names (lower case, e.g. `payments/api`). Every repository is private and immutable. */
  readonly repositoryNames: string[];
}

/** OCI Registry repositories that are private (no anonymous pull) and immutable (tags cannot be overwritten). */
export class ContainerRepositories extends Construct {
  /** The repositories, in the order of `repositoryNames`. */
  public readonly repositories: ArtifactsContainerRepository[];
  /** Full repository paths (`<clusterName>/<name>`), as OCI Registry and the scan target know them. */
  public readonly repositoryPaths: string[];

  constructor(scope: Construct, id: string, props: ContainerRepositoriesProps) {
    super(scope, id);
    requireOcid('compartmentId', props.compartmentId, 'compartment');
    requireClusterName('clusterName', props.clusterName);
    requireRepositoryNames('repositoryNames', props.repositoryNames);

    this.repositoryPaths = props.repositoryNames.map((n) => repositoryDisplayName(props.clusterName, n));
    this.repositories = this.repositoryPaths.map((path, i) => new ArtifactsContainerRepository(this, `repo-${props.repositoryNames[i].replace(/[^a-z0-9]+/g, '-')}`, {
      compartmentId: props.compartmentId,
      displayName: path,
      isPublic: false,
      // Immutable tags: a pushed (and signed, scanned) tag can never be replaced by other content.
      isImmutable: true,
      freeformTags: libraryTags(props.clusterName, 'supply-chain'),
    }));
  }
}
