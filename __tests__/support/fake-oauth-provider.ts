import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import type { OAuthConfig } from "next-auth/providers/oauth";

/**
 * A real OAuth 2 provider on 127.0.0.1 for next-auth's own round trip: the token endpoint hands
 * out an access token for any code, the user endpoint answers with whoever `profile` is set to.
 * `provider(id)` is the next-auth provider pointing at it, under a real provider's id ("github"),
 * so the app's callbacks treat it exactly as that provider.
 */
export type FakeOAuthProfile = { id: string; email: string | null; name: string };

export class FakeOAuthProvider {
  profile: FakeOAuthProfile = { id: "4242", email: "someone@example.test", name: "Someone" };
  private server?: Server;
  private baseUrl = "";

  async start(): Promise<void> {
    this.server = createServer((request, response) => {
      const path = (request.url ?? "").split("?")[0];
      response.setHeader("content-type", "application/json");
      request.resume();
      if (path === "/token" && request.method === "POST")
        return void response.end(JSON.stringify({ access_token: "fake-access-token", token_type: "bearer" }));
      if (path === "/user") return void response.end(JSON.stringify(this.profile));
      response.statusCode = 404;
      response.end("{}");
    });
    await new Promise<void>((resolve) => this.server!.listen(0, "127.0.0.1", resolve));
    this.baseUrl = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  async stop(): Promise<void> {
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }

  provider(id: "github" | "discord" | "google" = "github"): OAuthConfig<FakeOAuthProfile> {
    return {
      id,
      name: id,
      type: "oauth",
      clientId: "fake-client",
      clientSecret: "fake-secret",
      authorization: { url: `${this.baseUrl}/authorize`, params: { scope: "email" } },
      token: `${this.baseUrl}/token`,
      userinfo: `${this.baseUrl}/user`,
      checks: ["state"],
      profile: (profile) => ({ id: profile.id, name: profile.name, email: profile.email, image: null }),
    };
  }
}
