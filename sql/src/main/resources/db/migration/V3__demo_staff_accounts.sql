-- Demo-only staff accounts; their password (bcrypt-hashed below) is printed in the README - never use in production.

INSERT INTO staff_account (id, username, password_hash, role, display_name, center_id, enabled, created_at) VALUES
    (1, 'operator1', '$2a$10$fk4Ur5ATV/rySLwcLRi9u.4UP2adskhI05uz3pvDgCu0a8wzIwWsu', 'OPERATOR', 'Operator One (운영자 1)', NULL, TRUE, TIMESTAMP '2021-01-01 09:00:00'),
    (2, 'operator2', '$2a$10$7a4YZyfhOPQ4rkKNEGYTlOWKSyClNFyGpzbhzZ8pbHPT8fEzllRqa', 'OPERATOR', 'Operator Two (운영자 2)', NULL, TRUE, TIMESTAMP '2021-01-01 09:00:00'),
    (3, 'vaccinator1', '$2a$10$/GyUzhEwvJm9ivFt5OcKR.PWnIzGaJZ3hg8BUoY3f1B2/cpuK4GWq', 'VACCINATOR', 'Vaccinator One (접종 담당자 1)', 1, TRUE, TIMESTAMP '2021-01-01 09:00:00'),
    (4, 'vaccinator2', '$2a$10$w2JvhHTMhaLOutP667lZcehgRSSyz8A/6MUf8TCmnUD1C7bEyCol6', 'VACCINATOR', 'Vaccinator Two (접종 담당자 2)', 2, TRUE, TIMESTAMP '2021-01-01 09:00:00'),
    (5, 'vaccinator3', '$2a$10$/XiTSKUrqAu3JV7XHdvy.OUozAuLCtdvxTdr.nYYJ8mNQ3P8z1iZ2', 'VACCINATOR', 'Vaccinator Three (접종 담당자 3)', 26, TRUE, TIMESTAMP '2021-01-01 09:00:00'),
    (6, 'business1', '$2a$10$L8tWxkzGUKTlY9cSJiCYEeTMqaIjtSkzawgD66.Xlk9.TuGp5emyW', 'BUSINESS', 'Business One (사업자 1)', NULL, TRUE, TIMESTAMP '2021-01-01 09:00:00'),
    (7, 'business2', '$2a$10$6FaNKWpCqoXYLmv/UP1HNe89cs9Ka03pn.nNaK8.og2sdJY2Kh76e', 'BUSINESS', 'Business Two (사업자 2)', NULL, TRUE, TIMESTAMP '2021-01-01 09:00:00'),
    (8, 'investigator1', '$2a$10$Gj2V1kEXWmal4NdHj2bI9.vV8dk4lZgoIrZjynoMRdL7Ejz2YmJxu', 'INVESTIGATOR', 'Investigator One (역학조사관 1)', NULL, TRUE, TIMESTAMP '2021-01-01 09:00:00'),
    (9, 'investigator2', '$2a$10$951eLVxsZzq11rMJMQLCoeMm0yJ6GwvR/m3pgWGnrkFo5Rs2hR/Mi', 'INVESTIGATOR', 'Investigator Two (역학조사관 2)', NULL, TRUE, TIMESTAMP '2021-01-01 09:00:00');
