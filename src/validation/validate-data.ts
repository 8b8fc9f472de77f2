/**
 * `npm run build` step: every data file validated by its schema and stored as read (see
 * data-file.ts), so that a process loads them without validating again. Invalid data fails the build
 * with the loader's own message.
 */
import { WRITE_VALIDATED_ENV } from './data-file.js';

process.env[WRITE_VALIDATED_ENV] = '1';
const { getRoles } = await import('../roles/registry.js');
const { getTitleFamilies } = await import('../roles/title-families.js');
const { getVocabulary } = await import('../resume/vocabulary.js');
const { getJobVocabulary } = await import('../jobs/vocabulary.js');
const roles = getRoles().all().length;
getTitleFamilies();
getVocabulary();
getJobVocabulary();
delete process.env[WRITE_VALIDATED_ENV];
process.stdout.write(`validated ${roles} roles, the title families and the vocabularies into dist/data/validated\n`);
