-- Starter catalogue plus two demo customers and their orders.
INSERT INTO products (id, sku, title, author, price_cents, stock) VALUES
    (1, 'BK-0001', 'The Pragmatic Programmer', 'Hunt & Thomas', 4299, 12),
    (2, 'BK-0002', 'Rock''n''Roll; Vol. 2', 'Various', 1850, 5),
    (3, 'BK-0003', 'O''Reilly''s Guide to SQL', 'J. O''Neil', 3999, 8),
    (4, 'BK-0004', 'Tide Tables of the North Sea', 'M. Fisher', 1200, 0);

INSERT INTO customers (id, full_name, email, created_at) VALUES
    (1, 'Ada Lovelace', 'ada@example.com', '2024-01-05 09:12:00'),
    (2, 'Seán O''Brien', 'sean@example.com', '2024-01-07 16:40:00');

INSERT INTO orders (id, customer_id, status, placed_at, updated_at) VALUES
    (1, 1, 'paid',    '2024-02-01 10:00:00', '2024-02-01 10:05:00'),
    (2, 2, 'pending', '2024-02-03 14:30:00', '2024-02-03 14:30:00');

INSERT INTO order_items (order_id, product_id, quantity, unit_price_cents) VALUES
    (1, 1, 1, 4299),
    (1, 2, 2, 1850),
    (2, 3, 1, 3999);
