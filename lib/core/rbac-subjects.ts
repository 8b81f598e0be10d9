/** RBAC facts shared by the Kubernetes baseline (which never writes them) and the compliance catalog (which refuses them). */

/** Verbs that let a subject gain permissions it does not have ("Role Based Access Control Good Practices"). */
export const ESCALATING_VERBS: readonly string[] = ['bind', 'escalate', 'impersonate'];
/** Subjects no binding may ever name: everyone, or everyone who can authenticate (CIS Kubernetes 5.1.x). */
export const FORBIDDEN_SUBJECTS: readonly string[] = ['system:anonymous', 'system:unauthenticated', 'system:authenticated'];
