-- API keys are revoked (kept, listed as revoked) by a password reset, "sign out my other
-- sessions" and disabling the user, so re-enabling a user does not bring old keys back.
ALTER TABLE "api_keys" ADD COLUMN "revoked_at" TIMESTAMPTZ(3);

-- With mail off, a "forgot password" request is shown to the admin in Users instead of logging a link.
ALTER TABLE "users" ADD COLUMN "reset_requested_at" TIMESTAMPTZ(3);
