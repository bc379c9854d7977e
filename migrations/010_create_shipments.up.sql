-- At most one shipment per order; delivery implies it was shipped.
CREATE TABLE shipments (
    id              INTEGER PRIMARY KEY,
    order_id        INTEGER NOT NULL UNIQUE REFERENCES orders (id) ON DELETE CASCADE,
    carrier         TEXT    NOT NULL,
    tracking_number TEXT,
    shipped_at      TEXT,
    delivered_at    TEXT,
    CHECK (delivered_at IS NULL OR shipped_at IS NOT NULL)
);
