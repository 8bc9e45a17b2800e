/**
 * Canonical forms of the identifiers a prospect carries (CRM.md §6): the one spelling under which
 * two captures of the same person or company compare equal. Capture writes drafts in these forms and
 * de-duplication keys on them, so both must use these functions and nothing else.
 *
 * Every function takes untrusted page text and answers `undefined` (or `false`) instead of throwing.
 *
 * One module per dependency, so that code injected into pages can import the small ones
 * (profiles, email) without the Public Suffix List (domain) or the phone metadata (phone).
 */
export { isFreeMailDomain, isPlatformHostedSite, registrableDomain } from './domain';
export { isRoleAddress, looseEmailKey, normaliseEmail } from './email';
export { normalisePhone } from './phone';
export {
  canonicalGithubUrl,
  canonicalLinkedInCompanyUrl,
  canonicalLinkedInPersonUrl,
  canonicalXUrl,
  githubLogin,
  linkedInCompanySlug,
  linkedInSlug,
  xHandle,
} from './profiles';
