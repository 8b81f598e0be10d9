export { HardenedOkeValidationError } from './errors';
