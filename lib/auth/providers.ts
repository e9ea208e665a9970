import type { Provider } from "next-auth/providers/index";
import DiscordProvider from "next-auth/providers/discord";
import GitHubProvider from "next-auth/providers/github";
import GoogleProvider from "next-auth/providers/google";

export type OAuthProviderId = "github" | "discord" | "google";

type OAuthSetup = {
  id: OAuthProviderId;
  name: string;
  idVar: string;
  secretVar: string;
  build: (clientId: string, clientSecret: string) => Provider;
};

// An OAuth sign-in is offered only when both of its variables are set (see .env.example).
const OAUTH_SETUPS: OAuthSetup[] = [
  {
    id: "github",
    name: "GitHub",
    idVar: "GITHUB_CLIENT_ID",
    secretVar: "GITHUB_CLIENT_SECRET",
    build: (clientId, clientSecret) => GitHubProvider({ clientId, clientSecret }),
  },
  {
    id: "discord",
    name: "Discord",
    idVar: "DISCORD_CLIENT_ID",
    secretVar: "DISCORD_CLIENT_SECRET",
    build: (clientId, clientSecret) => DiscordProvider({ clientId, clientSecret }),
  },
  {
    id: "google",
    name: "Google",
    idVar: "GOOGLE_CLIENT_ID",
    secretVar: "GOOGLE_CLIENT_SECRET",
    build: (clientId, clientSecret) => GoogleProvider({ clientId, clientSecret }),
  },
];

function enabledSetups(env: NodeJS.ProcessEnv = process.env): OAuthSetup[] {
  return OAUTH_SETUPS.filter((setup) => Boolean(env[setup.idVar] && env[setup.secretVar]));
}

export function getEnabledOAuthProviders(
  env: NodeJS.ProcessEnv = process.env,
): Array<{ id: OAuthProviderId; name: string }> {
  return enabledSetups(env).map(({ id, name }) => ({ id, name }));
}

export function buildOAuthProviders(env: NodeJS.ProcessEnv = process.env): Provider[] {
  return enabledSetups(env).map((setup) => setup.build(env[setup.idVar]!, env[setup.secretVar]!));
}
