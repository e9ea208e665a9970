import { redirectErrorMessage } from "@/components/auth/messages";

test("a refused first OAuth sign-in names the provider and where to link it", () => {
  expect(redirectErrorMessage("OAUTH_EMAIL_HAS_PASSWORD_ACCOUNT:github")).toBe(
    "An account with this email already exists. Sign in with your password, then link GitHub from Settings.",
  );
  expect(redirectErrorMessage("OAUTH_EMAIL_HAS_ACCOUNT:discord")).toBe(
    "An account with this email already exists. Sign in the way you did before, then link Discord from Settings.",
  );
  expect(redirectErrorMessage("OAUTH_EMAIL_HAS_PASSWORD_ACCOUNT:<script>")).toContain("link this provider");
});
