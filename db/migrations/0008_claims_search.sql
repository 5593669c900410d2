-- Full-text search over claims (GET /v1/claims?q=): an FTS5 index kept in step with the claims table by
-- triggers, so a search reads the index instead of scanning every claim. drizzle-kit does not model
-- virtual tables; this migration is its custom SQL, and the index is read only in src/store/claims.ts.
CREATE VIRTUAL TABLE `claims_fts` USING fts5(`text`, content='claims', content_rowid='rowid', tokenize='unicode61 remove_diacritics 2');
--> statement-breakpoint
CREATE TRIGGER `claims_fts_insert` AFTER INSERT ON `claims` BEGIN
  INSERT INTO `claims_fts`(rowid, `text`) VALUES (new.rowid, new.`text`);
END;
--> statement-breakpoint
CREATE TRIGGER `claims_fts_delete` AFTER DELETE ON `claims` BEGIN
  INSERT INTO `claims_fts`(`claims_fts`, rowid, `text`) VALUES ('delete', old.rowid, old.`text`);
END;
--> statement-breakpoint
CREATE TRIGGER `claims_fts_update` AFTER UPDATE OF `text` ON `claims` BEGIN
  INSERT INTO `claims_fts`(`claims_fts`, rowid, `text`) VALUES ('delete', old.rowid, old.`text`);
  INSERT INTO `claims_fts`(rowid, `text`) VALUES (new.rowid, new.`text`);
END;
--> statement-breakpoint
INSERT INTO `claims_fts`(`claims_fts`) VALUES ('rebuild');
