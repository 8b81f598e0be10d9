import { TerraformProvider } from 'cdktf';
import { Construct } from 'constructs';
import { HardenedOkeValidationError } from '../core/errors';
import { requireClusterName, tenancyUniqueName } from '../core/names';
import { requireOcid } from '../core/ocid';
import { libraryTags } from '../core/tags';
import { EventsRule } from '../generated/providers/oci/events-rule';
import { OnsNotificationTopic } from '../generated/providers/oci/ons-notification-topic';
import { OnsSubscription } from '../generated/providers/oci/ons-subscription';
import { IDENTITY_EVENT_RULES, eventCondition } from './private/event-types';
import { requireEmail, requireHttpsUrl } from './private/observability-rules';
import { NotificationOptions } from './security-notifications';

export interface IdentityChangeNotificationsProps extends NotificationOptions {
  /** OCID of the tenancy: the rules live in its root compartment, where IAM resources are. */
  readonly tenancyId: string;
  /** Compartment of the home-region topic (when one is created). */
  readonly compartmentId: string;
  /** Cluster name; names derive from it. */
  readonly clusterName: string;
  /**
   * Provider of the tenancy's home region, where IAM emits its events. When given, the rules and a topic of their
   * own (subscribed by the same endpoints) are written through it.
   * @default - the stack's default provider, which must then be of the home region
   */
  readonly provider?: TerraformProvider;
  /**
   * Topic the rules notify when no `provider` is given (the stack's region is the home region): normally the
   * security notification topic.
   * @default - a topic of its own
   */
  readonly topicId?: string;
}

/**
 * Events rules on identity changes (identity providers and their group mappings, groups and memberships, policies,
 * users) in the tenancy's root compartment of the home region, notifying a topic of that region.
 *
 * Where: CIS OCI Foundations Benchmark 4.3-4.7 place these rules at the root compartment (rules see their
 * compartment and its children), and Oracle's CIS Landing Zone creates them "in the home region at the Root
 * compartment", with the topic and its subscriptions also in the home region (config/mon_notifications.tf and
 * config/mon_topics.tf, providers = { oci = oci.home }): https://github.com/oracle-quickstart/oci-cis-landingzone-quickstart
 * A rule's action resources "do not have to be in the same compartment as the rule" (Managing Rules for Events,
 * https://docs.oracle.com/en-us/iaas/Content/Events/Task/managingrules.htm); that a rule can notify a topic of
 * another region is documented nowhere, so when the cluster's region is not the home region the rules get a
 * home-region topic of their own, as the landing zone does.
 */
export class IdentityChangeNotifications extends Construct {
  /** The home-region topic, when one is created (otherwise the rules notify `topicId`). */
  public readonly topic?: OnsNotificationTopic;
  public readonly subscriptions: OnsSubscription[];
  /** The rules: the construct's main Terraform resources. */
  public readonly rules: EventsRule[];
  /** OCID (token) of the topic the rules notify. */
  public readonly topicId: string;

  constructor(scope: Construct, id: string, props: IdentityChangeNotificationsProps) {
    super(scope, id);
    requireOcid('tenancyId', props.tenancyId, 'tenancy');
    requireOcid('compartmentId', props.compartmentId, 'compartment');
    requireClusterName('clusterName', props.clusterName);
    (props.emailEndpoints ?? []).forEach((e, i) => requireEmail(`emailEndpoints[${i}]`, e));
    (props.httpsEndpoints ?? []).forEach((h, i) => requireHttpsUrl(`httpsEndpoints[${i}]`, h));
    if (props.provider !== undefined && props.topicId !== undefined) {
      throw new HardenedOkeValidationError('topicId', 'is given together with a home-region provider',
        'leave topicId unset: with a provider the rules get a topic of the home region, since a rule notifying a topic of another region is not documented');
    }
    const name = props.clusterName;
    const tags = libraryTags(name, 'observability');
    const provider = props.provider;

    if (props.topicId !== undefined) {
      this.topicId = props.topicId;
      this.subscriptions = [];
    } else {
      this.topic = new OnsNotificationTopic(this, 'topic', {
        provider,
        compartmentId: props.compartmentId,
        name: tenancyUniqueName(name, props.compartmentId, 'identity-alerts'),
        description: `Identity change notifications (home region) for OKE cluster ${name}`,
        freeformTags: tags,
      });
      this.topicId = this.topic.id;
      this.subscriptions = [
        ...(props.emailEndpoints ?? []).map((endpoint, i) => new OnsSubscription(this, `email-${i}`, {
          provider, compartmentId: props.compartmentId, topicId: this.topicId, protocol: 'EMAIL', endpoint, freeformTags: tags,
        })),
        ...(props.httpsEndpoints ?? []).map((endpoint, i) => new OnsSubscription(this, `https-${i}`, {
          provider, compartmentId: props.compartmentId, topicId: this.topicId, protocol: 'CUSTOM_HTTPS', endpoint, freeformTags: tags,
        })),
      ];
    }

    this.rules = IDENTITY_EVENT_RULES.map((rule) => new EventsRule(this, rule.name, {
      provider,
      compartmentId: props.tenancyId,
      displayName: `${name}-${rule.name}`,
      description: rule.description,
      isEnabled: true,
      condition: eventCondition(rule.eventTypes),
      actions: { action: [{ actionType: 'ONS', isEnabled: true, topicId: this.topicId, description: `Notify ${name} security topic` }] },
      freeformTags: tags,
    }));
  }
}
