import type { Room } from "@/lib/schemas/map-layout";

/** The numbered room key that matches the numbers drawn on the map. */
export function RoomKey({ rooms }: { rooms: Room[] }) {
  return (
    <ol className="grid gap-2 sm:grid-cols-2" aria-label="Room key">
      {rooms.map((room) => (
        <li key={room.id} className="rounded-md border border-white/10 p-3 text-sm">
          <strong>
            {room.id}. {room.name}
          </strong>{" "}
          <span className="text-white/60">
            ({room.w * 5}×{room.h * 5} ft)
          </span>
          {room.purpose && room.purpose !== room.name && <p className="text-white/60">{room.purpose}</p>}
          <p>{room.contents.join("; ")}</p>
          {room.hazards.length > 0 && <p className="text-red-300">Hazard: {room.hazards.join("; ")}</p>}
        </li>
      ))}
    </ol>
  );
}
