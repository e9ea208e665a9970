import { Logo } from "./logo";
import { MainNav } from "./main-nav";
import { MobileNav } from "./mobile-nav";
import { UserMenu, type UserMenuUser } from "./user-menu";

/** The top bar of every signed-in page. */
export function AppHeader({ user }: { user: UserMenuUser }) {
  return (
    <header className="sticky top-0 z-40 border-b border-line bg-canvas/80 backdrop-blur-md supports-[backdrop-filter]:bg-canvas/65">
      <div className="mx-auto flex h-16 max-w-7xl items-center gap-4 px-4 sm:px-6 lg:gap-8 lg:px-8">
        <Logo className="shrink-0" />
        <MainNav className="hidden lg:block" />
        <div className="ml-auto flex items-center gap-1">
          <UserMenu user={user} />
          <MobileNav />
        </div>
      </div>
    </header>
  );
}
