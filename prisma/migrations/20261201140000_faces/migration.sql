-- Faces (lib/faces): people made by face clustering have no name until their owner gives one.
-- An unnamed person is stored with name '' (the column stays NOT NULL, so every reader of
-- people.name keeps a string), and the one-name-per-owner rule applies to real names only: many
-- unnamed people may exist side by side. Unnamed people are left out of the performers
-- catalogue (lists, type-aheads, suggestions, the auto-tagger's names).
DROP INDEX "people_owner_name_key";
CREATE UNIQUE INDEX "people_owner_name_key" ON "people" ("owner_id", lower("name")) WHERE "name" <> '';
