/**
 * State of a stack that OCI Resource Manager (ORM) runs: ORM owns it ("One stack = one Terraform configuration and
 * one state file", with one job at a time per stack; "Resource Manager and Terraform",
 * https://docs.oracle.com/iaas/Content/ResourceManager/Concepts/resource-manager-and-terraform.htm), so the stack has
 * no backend block. Another stack reads this one's outputs the way Oracle documents ("Referencing Resources in
 * Another Stack", Authoring Configurations, https://docs.oracle.com/iaas/Content/ResourceManager/Concepts/authoring-configurations.htm):
 * `data "oci_resourcemanager_stack_tf_state"` writes the other stack's state to a local file and a
 * `terraform_remote_state` with `backend = "local"` reads it, the other stack's OCID being a Terraform variable that
 * the fleet command sets.
 */
import { DataTerraformRemoteStateLocal, TerraformBackend, TerraformRemoteState, TerraformStack, TerraformVariable } from 'cdktf';
import { Construct, IConstruct } from 'constructs';
import { DataOciResourcemanagerStackTfState } from '../generated/providers/oci/data-oci-resourcemanager-stack-tf-state';
import { HardenedOkeValidationError } from '../core/errors';
import { markResourceManagerStack, stackIdVariableName } from './resource-manager-marker';

/** A backend that writes no `terraform.backend` block: ORM keeps the state of the stack. */
export class ResourceManagerBackend extends TerraformBackend {
  /** The stack's ResourceManagerBackend, created when the stack has no backend yet. */
  public static of(scope: IConstruct): ResourceManagerBackend {
    const stack = TerraformStack.of(scope);
    const existing = stack.node.findAll().filter((c) => TerraformBackend.isBackend(c) && TerraformStack.of(c) === stack);
    const ours = existing.find((b): b is ResourceManagerBackend => b instanceof ResourceManagerBackend);
    if (ours) return ours;
    if (existing.length > 0) {
      throw new HardenedOkeValidationError('resourceManager', `stack ${stack.node.id} already has a ${(existing[0] as any).name} backend, and Resource Manager owns the state of its stacks`,
        'remove the backend from the stack (Resource Manager stores state per stack), or drop resourceManager to keep your own backend');
    }
    return new ResourceManagerBackend(stack, 'backend');
  }

  private constructor(scope: Construct, id: string) {
    super(scope, id, 'resource-manager');
  }

  public toTerraform(): any {
    return {};
  }

  public toHclTerraform(): any {
    return {};
  }

  public getRemoteStateDataSource(scope: Construct, name: string, fromStack: string): TerraformRemoteState {
    const variableName = stackIdVariableName(fromStack);
    const variable = new TerraformVariable(scope, `${name}-stack-id`, {
      type: 'string',
      description: `OCID of the Resource Manager stack ${fromStack} whose outputs this stack reads (set by cdktf-hardened-oke fleet)`,
    });
    variable.overrideLogicalId(variableName);
    markResourceManagerStack(scope, { stackVariables: { [variableName]: fromStack } });
    // The provider source marks both arguments Required (resourcemanager_stack_tf_state_data_source.go); it writes
    // the state of the stack's most recent successful job to local_path at read time.
    const state = new DataOciResourcemanagerStackTfState(scope, `${name}-tf-state`, {
      stackId: variable.stringValue,
      localPath: `${fromStack}.tfstate`,
    });
    return new DataTerraformRemoteStateLocal(scope, name, { path: state.localPath });
  }
}
