-- Book catalogue; prices are stored in cents (integers only; never floats).
CREATE TABLE products (
    id          INTEGER PRIMARY KEY,
    sku         TEXT    NOT NULL UNIQUE,
    title       TEXT    NOT NULL,
    author      TEXT,
    price_cents INTEGER NOT NULL CHECK (price_cents >= 0),
    created_at  TEXT    NOT NULL DEFAULT CURRENT_TIMESTAMP
);
