-- Restrict orders.status to known values; SQLite can't add a CHECK to an existing table, so use triggers.
CREATE TRIGGER trg_orders_status_check_insert
BEFORE INSERT ON orders
FOR EACH ROW
WHEN NEW.status NOT IN ('pending', 'paid', 'shipped', 'delivered', 'cancelled')
BEGIN
    SELECT RAISE(ABORT, 'invalid order status');
END;

CREATE TRIGGER trg_orders_status_check_update
BEFORE UPDATE OF status ON orders
FOR EACH ROW
WHEN NEW.status NOT IN ('pending', 'paid', 'shipped', 'delivered', 'cancelled')
BEGIN
    SELECT RAISE(ABORT, 'invalid order status');
END;
