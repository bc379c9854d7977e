-- Customers who place orders in the shop.
CREATE TABLE customers (
    id         INTEGER PRIMARY KEY,
    full_name  TEXT    NOT NULL,
    email      TEXT    NOT NULL COLLATE NOCASE,
    created_at TEXT    NOT NULL DEFAULT CURRENT_TIMESTAMP
);
