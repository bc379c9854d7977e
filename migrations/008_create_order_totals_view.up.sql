-- Per-order item count and total in cents, for reporting.
CREATE VIEW order_totals AS
SELECT
    o.id                                               AS order_id,
    o.customer_id                                      AS customer_id,
    o.status                                           AS status,
    COUNT(oi.id)                                       AS item_count,
    COALESCE(SUM(oi.quantity * oi.unit_price_cents), 0) AS total_cents
FROM orders AS o
LEFT JOIN order_items AS oi ON oi.order_id = o.id
GROUP BY o.id, o.customer_id, o.status;
