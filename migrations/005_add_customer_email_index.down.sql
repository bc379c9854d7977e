DROP INDEX idx_customers_email;
