import type { MigrationObject } from '@mikro-orm/core';
import { Migration20261201183611_shared_ingest_budgets } from './Migration20261201183611_shared_ingest_budgets';
import { Migration20261202030000_passage_texts } from './Migration20261202030000_passage_texts';
import { Migration20261202100000_fingerprint_lookup_index } from './Migration20261202100000_fingerprint_lookup_index';
import { Migration20261202200000_scenario_kinds } from './Migration20261202200000_scenario_kinds';
import { Migration20261204040000_commune_issuers } from './Migration20261204040000_commune_issuers';
import { Migration20261204220000_word_documents } from './Migration20261204220000_word_documents';
import { Migration20261205010000_windows_1258 } from './Migration20261205010000_windows_1258';
import { Migration20261205020000_opendocument_texts } from './Migration20261205020000_opendocument_texts';
import { Migration20261205030000_word_97_documents } from './Migration20261205030000_word_97_documents';
import { Migration20261205040000_issuer_per_province } from './Migration20261205040000_issuer_per_province';
import { Migration20261205050000_number_per_year } from './Migration20261205050000_number_per_year';
import { Migration20261205060000_deadline_hours } from './Migration20261205060000_deadline_hours';
import { Migration20261201161802_number_keys_and_text_identity } from './Migration20261201161802_number_keys_and_text_identity';
import { Migration20261201153619_stated_periods_and_population } from './Migration20261201153619_stated_periods_and_population';
import { Migration20261201124617_source_files } from './Migration20261201124617_source_files';
import { Migration20261123092124_access_and_corrections } from './Migration20261123092124_access_and_corrections';
import { Migration20261123100000_search } from './Migration20261123100000_search';
import { Migration20261123160000_fingerprint_holders } from './Migration20261123160000_fingerprint_holders';
import { Migration20261123170000_read_indexes } from './Migration20261123170000_read_indexes';
import { Migration20261123190000_covering_fact_indexes } from './Migration20261123190000_covering_fact_indexes';
import { Migration20261123171000_data_change_notices } from './Migration20261123171000_data_change_notices';
import { Migration20261123091021_text_reuse } from './Migration20261123091021_text_reuse';
import { Migration20261123084329_facts } from './Migration20261123084329_facts';
import { Migration20261123084259_foundation } from './Migration20261123084259_foundation';
import { Migration20261201090000_general_extraction } from './Migration20261201090000_general_extraction';

// Migrations are listed explicitly rather than discovered from files, so the same list works from
// TypeScript sources (tests) and from the compiled build. `npm run migration:create` appends to it.
export const migrations: MigrationObject[] = [
  { name: 'Migration20261123084259_foundation', class: Migration20261123084259_foundation },
  { name: 'Migration20261123084329_facts', class: Migration20261123084329_facts },
  { name: 'Migration20261123091021_text_reuse', class: Migration20261123091021_text_reuse },
  { name: 'Migration20261123092124_access_and_corrections', class: Migration20261123092124_access_and_corrections },
  { name: 'Migration20261123100000_search', class: Migration20261123100000_search },
  { name: 'Migration20261123160000_fingerprint_holders', class: Migration20261123160000_fingerprint_holders },
  { name: 'Migration20261123170000_read_indexes', class: Migration20261123170000_read_indexes },
  { name: 'Migration20261123171000_data_change_notices', class: Migration20261123171000_data_change_notices },
  { name: 'Migration20261123190000_covering_fact_indexes', class: Migration20261123190000_covering_fact_indexes },
  { name: 'Migration20261201090000_general_extraction', class: Migration20261201090000_general_extraction },
  { name: 'Migration20261201124617_source_files', class: Migration20261201124617_source_files },
  { name: 'Migration20261201153619_stated_periods_and_population', class: Migration20261201153619_stated_periods_and_population },
  { name: 'Migration20261201161802_number_keys_and_text_identity', class: Migration20261201161802_number_keys_and_text_identity },
  { name: 'Migration20261201183611_shared_ingest_budgets', class: Migration20261201183611_shared_ingest_budgets },
  { name: 'Migration20261202030000_passage_texts', class: Migration20261202030000_passage_texts },
  { name: 'Migration20261202100000_fingerprint_lookup_index', class: Migration20261202100000_fingerprint_lookup_index },
  { name: 'Migration20261202200000_scenario_kinds', class: Migration20261202200000_scenario_kinds },
  { name: 'Migration20261204040000_commune_issuers', class: Migration20261204040000_commune_issuers },
  { name: 'Migration20261204220000_word_documents', class: Migration20261204220000_word_documents },
  { name: 'Migration20261205010000_windows_1258', class: Migration20261205010000_windows_1258 },
  { name: 'Migration20261205020000_opendocument_texts', class: Migration20261205020000_opendocument_texts },
  { name: 'Migration20261205030000_word_97_documents', class: Migration20261205030000_word_97_documents },
  { name: 'Migration20261205040000_issuer_per_province', class: Migration20261205040000_issuer_per_province },
  { name: 'Migration20261205050000_number_per_year', class: Migration20261205050000_number_per_year },
  { name: 'Migration20261205060000_deadline_hours', class: Migration20261205060000_deadline_hours },
];
