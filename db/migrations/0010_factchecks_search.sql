-- "Has this been fact-checked before?" (POST /v1/factchecks/search): an FTS5 index over each fact-check's
-- claim and title, kept in step by triggers. Porter stemming lets "shipped" find "ships". drizzle-kit does
-- not model virtual tables; this is its custom migration, read only in src/store/factchecks.ts.
CREATE VIRTUAL TABLE `factchecks_fts` USING fts5(`claim_reviewed`, `title`, content='factchecks', content_rowid='rowid', tokenize='porter unicode61 remove_diacritics 2');
--> statement-breakpoint
CREATE TRIGGER `factchecks_fts_insert` AFTER INSERT ON `factchecks` BEGIN
  INSERT INTO `factchecks_fts`(rowid, `claim_reviewed`, `title`) VALUES (new.rowid, new.`claim_reviewed`, new.`title`);
END;
--> statement-breakpoint
CREATE TRIGGER `factchecks_fts_delete` AFTER DELETE ON `factchecks` BEGIN
  INSERT INTO `factchecks_fts`(`factchecks_fts`, rowid, `claim_reviewed`, `title`) VALUES ('delete', old.rowid, old.`claim_reviewed`, old.`title`);
END;
--> statement-breakpoint
CREATE TRIGGER `factchecks_fts_update` AFTER UPDATE OF `claim_reviewed`, `title` ON `factchecks` BEGIN
  INSERT INTO `factchecks_fts`(`factchecks_fts`, rowid, `claim_reviewed`, `title`) VALUES ('delete', old.rowid, old.`claim_reviewed`, old.`title`);
  INSERT INTO `factchecks_fts`(rowid, `claim_reviewed`, `title`) VALUES (new.rowid, new.`claim_reviewed`, new.`title`);
END;
