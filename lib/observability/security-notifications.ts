import { Construct } from 'constructs';
import { HardenedOkeValidationError } from '../core/errors';
import { requireOcid } from '../core/ocid';
import { tenancyUniqueName } from '../core/names';
import { libraryTags } from '../core/tags';
import { EventsRule } from '../generated/providers/oci/events-rule';
import { OnsNotificationTopic } from '../generated/providers/oci/ons-notification-topic';
import { OnsSubscription } from '../generated/providers/oci/ons-subscription';
import { SECURITY_EVENT_RULES, eventCondition } from './private/event-types';
import { requireEmail, requireHttpsUrl } from './private/observability-rules';
import { requireClusterName } from '../core/names';

/** Who is told about security-relevant changes. */
export interface NotificationOptions {
  /**
   * Email addresses subscribed to the topic (each must confirm the subscription).
   * @default - none
   */
  readonly emailEndpoints?: string[];
  /**
   * HTTPS endpoints (webhooks, SIEM/ChatOps receivers) subscribed to the topic. Plain http is refused.
   * @default - none
   */
  readonly httpsEndpoints?: string[];
}

export interface SecurityNotificationsProps extends NotificationOptions {
  /** Compartment of the topic and rules; changes in it (and its children) are reported. */
  readonly compartmentId: string;
  /** Cluster name; names derive from it. */
  readonly clusterName: string;
}

/**
 * A notification topic with subscriptions, and Events rules that notify it when network security groups,
 * security lists, route tables or gateways change in the compartment, when the node scan recipe changes, and on
 * Cloud Guard problems. Identity changes are watched at the tenancy by {@link IdentityChangeNotifications}.
 */
export class SecurityNotifications extends Construct {
  /** The notification topic: the construct's main Terraform resource (escape hatch). */
  public readonly resource: OnsNotificationTopic;
  public readonly subscriptions: OnsSubscription[];
  public readonly rules: EventsRule[];
  /** OCID of the topic (a token), for alarms and other publishers. */
  public readonly topicId: string;

  constructor(scope: Construct, id: string, props: SecurityNotificationsProps) {
    super(scope, id);
    requireOcid('compartmentId', props.compartmentId, 'compartment');
    requireClusterName('clusterName', props.clusterName);
    const emails = props.emailEndpoints ?? [];
    const hooks = props.httpsEndpoints ?? [];
    emails.forEach((e, i) => requireEmail(`emailEndpoints[${i}]`, e));
    hooks.forEach((h, i) => requireHttpsUrl(`httpsEndpoints[${i}]`, h));
    const dup = [...emails, ...hooks].find((v, i, all) => all.indexOf(v) !== i);
    if (dup !== undefined) {
      throw new HardenedOkeValidationError(emails.includes(dup) ? 'emailEndpoints' : 'httpsEndpoints', `"${dup}" is listed twice`, 'list each endpoint once');
    }

    const name = props.clusterName;
    const tags = libraryTags(name, 'observability');
    this.resource = new OnsNotificationTopic(this, 'topic', {
      compartmentId: props.compartmentId,
      // Topic names are unique across the tenancy (Managing Topics and Subscriptions): see lib/core/names.
      name: tenancyUniqueName(name, props.compartmentId, 'security-alerts'),
      description: `Security notifications for OKE cluster ${name}`,
      freeformTags: tags,
    });
    this.topicId = this.resource.id;

    this.subscriptions = [
      ...emails.map((endpoint, i) => new OnsSubscription(this, `email-${i}`, {
        compartmentId: props.compartmentId, topicId: this.resource.id, protocol: 'EMAIL', endpoint, freeformTags: tags,
      })),
      // CUSTOM_HTTPS is ONS's protocol for arbitrary https URLs (plain HTTPS is the legacy PagerDuty protocol).
      ...hooks.map((endpoint, i) => new OnsSubscription(this, `https-${i}`, {
        compartmentId: props.compartmentId, topicId: this.resource.id, protocol: 'CUSTOM_HTTPS', endpoint, freeformTags: tags,
      })),
    ];

    this.rules = SECURITY_EVENT_RULES.map((rule) => new EventsRule(this, rule.name, {
      compartmentId: props.compartmentId,
      displayName: `${name}-${rule.name}`,
      description: rule.description,
      isEnabled: true,
      condition: eventCondition(rule.eventTypes),
      actions: { action: [{ actionType: 'ONS', isEnabled: true, topicId: this.resource.id, description: `Notify ${name} security topic` }] },
      freeformTags: tags,
    }));
  }
}
