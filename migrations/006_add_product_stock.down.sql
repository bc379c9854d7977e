-- Needs SQLite 3.35+ for DROP COLUMN.
ALTER TABLE products DROP COLUMN stock;
