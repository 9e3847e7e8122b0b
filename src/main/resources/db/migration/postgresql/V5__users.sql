-- Accounts of the people who edit the registry (security/). Anonymous users need none.
-- Keep in step with ../h2/V5__users.sql: same tables, columns and constraints.

CREATE TABLE app_user (
    username       VARCHAR(32)  PRIMARY KEY CHECK (username ~ '^[a-z][a-z0-9._-]{2,31}$'),
    -- An encoded hash with its algorithm in front ({bcrypt}…), never the password itself.
    password_hash  VARCHAR(500) NOT NULL CHECK (password_hash ~ '^\{[a-z0-9]+\}.+$'),
    enabled        BOOLEAN      NOT NULL DEFAULT TRUE,
    created_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at     TIMESTAMP WITH TIME ZONE NOT NULL
);

-- The roles there are; a new role is a new row here and a new constant of security/Role.
CREATE TABLE app_role (
    name  VARCHAR(32) PRIMARY KEY
);
INSERT INTO app_role (name) VALUES ('PLANNER'), ('OFFICIAL'), ('ADMIN');

CREATE TABLE app_user_role (
    username  VARCHAR(32) NOT NULL REFERENCES app_user (username) ON DELETE CASCADE,
    role      VARCHAR(32) NOT NULL REFERENCES app_role (name),
    PRIMARY KEY (username, role)
);
CREATE INDEX app_user_role_role_idx ON app_user_role (role);
