DROP TRIGGER trg_orders_status_audit;
DROP TABLE order_audit;
