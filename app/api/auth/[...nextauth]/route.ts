import type { NextRequest } from "next/server";
import NextAuth from "next-auth";
import { buildAuthOptions } from "@/lib/auth/options";

type NextAuthContext = { params: Promise<{ nextauth: string[] }> };

// Options per request: the callbacks read the request (user agent, who is signed in while linking).
const handler = (request: NextRequest, context: NextAuthContext) =>
  NextAuth(request, context, buildAuthOptions(request)) as Promise<Response>;

export { handler as GET, handler as POST };
