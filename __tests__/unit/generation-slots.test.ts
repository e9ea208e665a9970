// The worker's slots: a cap in all and per owner, and round-robin between owners waiting for one.
import { Slots } from "@/lib/generation/slots";

/** Acquires in order and records who got a slot when. */
function recorder(slots: Slots) {
  const served: string[] = [];
  const ask = (owner: string) => void slots.acquire(owner).then(() => served.push(owner));
  return { served, ask };
}
const settle = () => new Promise((resolve) => setImmediate(resolve));

test("one owner holds at most its share; other owners still get the free slots at once", async () => {
  const slots = new Slots(4, 2);
  expect([slots.tryAcquire("a"), slots.tryAcquire("a"), slots.tryAcquire("a")]).toEqual([true, true, false]);
  const { served, ask } = recorder(slots);
  ask("a"); // waits: a is at its share although two slots are free
  ask("b");
  await settle();
  expect(served).toEqual(["b"]);
  expect([slots.heldBy("a"), slots.heldBy("b"), slots.inUse]).toEqual([2, 1, 3]);
  slots.release("a");
  await settle();
  expect(served).toEqual(["b", "a"]);
  expect(slots.heldBy("a")).toBe(2);
});

test("a freed slot goes round-robin between waiting owners, not to whoever queued first", async () => {
  const slots = new Slots(1, 1);
  slots.tryAcquire("x");
  const { served, ask } = recorder(slots);
  for (let i = 0; i < 5; i++) ask("flood");
  ask("b");
  ask("c");
  for (let i = 0; i < 7; i++) {
    await settle();
    slots.release(served.at(-1) ?? "x");
  }
  await settle();
  expect(served).toEqual(["flood", "b", "c", "flood", "flood", "flood", "flood"]);
});

test("tryAcquire never passes the owner's own waiters", async () => {
  const slots = new Slots(2, 1);
  slots.tryAcquire("a");
  const waited = slots.acquire("a");
  slots.tryAcquire("b");
  slots.release("b");
  expect(slots.tryAcquire("a")).toBe(false); // its waiter is first
  slots.release("a");
  await waited;
  expect(slots.heldBy("a")).toBe(1);
});
