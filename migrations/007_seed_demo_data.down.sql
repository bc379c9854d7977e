DELETE FROM order_items WHERE order_id IN (1, 2);
DELETE FROM orders WHERE id IN (1, 2);
DELETE FROM customers WHERE id IN (1, 2);
DELETE FROM products WHERE sku IN ('BK-0001', 'BK-0002', 'BK-0003', 'BK-0004');
