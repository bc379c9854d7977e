-- Record every order status change and bump orders.updated_at.
CREATE TABLE order_audit (
    id         INTEGER PRIMARY KEY,
    order_id   INTEGER NOT NULL REFERENCES orders (id) ON DELETE CASCADE,
    old_status TEXT    NOT NULL,
    new_status TEXT    NOT NULL,
    changed_at TEXT    NOT NULL DEFAULT CURRENT_TIMESTAMP
);

CREATE TRIGGER trg_orders_status_audit
AFTER UPDATE OF status ON orders
FOR EACH ROW
WHEN OLD.status IS NOT NEW.status
BEGIN
    INSERT INTO order_audit (order_id, old_status, new_status)
    VALUES (OLD.id, OLD.status, NEW.status);
    UPDATE orders SET updated_at = CURRENT_TIMESTAMP WHERE id = NEW.id;
END;
