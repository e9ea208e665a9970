"use client";

import * as AccordionPrimitive from "@radix-ui/react-accordion";
import type { ComponentProps, ReactNode } from "react";
import { cn } from "@/lib/ui/cn";
import { ChevronDownIcon } from "./icons";

/**
 * Radix Accordion. Pass `type="single"` (with `collapsible` to allow closing the open item) or
 * `type="multiple"`. Arrow keys, Home and End move between headers.
 */
export function Accordion({ className, ...props }: ComponentProps<typeof AccordionPrimitive.Root>) {
  return (
    <AccordionPrimitive.Root
      className={cn("divide-y divide-line overflow-hidden rounded-card border border-line bg-surface", className)}
      {...props}
    />
  );
}

export type AccordionItemProps = Omit<ComponentProps<typeof AccordionPrimitive.Item>, "title"> & {
  title: ReactNode;
  /** Optional text or badge at the end of the header row. */
  aside?: ReactNode;
};

export function AccordionItem({ title, aside, className, children, ...props }: AccordionItemProps) {
  return (
    <AccordionPrimitive.Item className={cn("group/item", className)} {...props}>
      <AccordionPrimitive.Header className="m-0">
        <AccordionPrimitive.Trigger
          className={cn(
            "flex w-full items-center gap-3 px-4 py-3.5 text-left font-sans text-sm font-medium tracking-normal text-ink-100 transition-colors",
            "hover:bg-white/[0.03] focus-visible:-outline-offset-2 data-[state=open]:text-ink-50",
          )}
        >
          <span className="flex-1">{title}</span>
          {aside && <span className="text-xs font-normal text-fg-subtle">{aside}</span>}
          <ChevronDownIcon className="size-4 shrink-0 text-fg-subtle transition-transform duration-200 group-data-[state=open]/item:rotate-180" />
        </AccordionPrimitive.Trigger>
      </AccordionPrimitive.Header>
      <AccordionPrimitive.Content className="overflow-hidden text-sm text-fg-muted data-[state=closed]:animate-accordion-up data-[state=open]:animate-accordion-down">
        <div className="px-4 pb-4 pt-1">{children}</div>
      </AccordionPrimitive.Content>
    </AccordionPrimitive.Item>
  );
}
