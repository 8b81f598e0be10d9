export * from './oci-backend';
