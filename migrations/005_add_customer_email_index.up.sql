-- One account per e-mail address (case-insensitive via the column's NOCASE collation).
CREATE UNIQUE INDEX idx_customers_email ON customers (email);
