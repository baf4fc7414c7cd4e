import { useCallback, useEffect, useState } from "react";
import type { DatasetIndex } from "../domain/dataset-index";
import type { EventId } from "../domain/types";

/**
 * Chooses an event an editor has just made: it is in the next dataset, not this one, so it is
 * chosen once it is there.
 */
export function useSelectMade(
  index: DatasetIndex,
  select: (id: EventId) => void,
): (id: EventId) => void {
  const [made, setMade] = useState<EventId>();
  const madeIsIn = made !== undefined && index.positions.has(made);
  const selectMade = useCallback(
    (id: EventId) => {
      if (index.positions.has(id)) select(id);
      else setMade(id);
    },
    [index, select],
  );
  useEffect(() => {
    if (madeIsIn && made) select(made);
  }, [madeIsIn, made, select]);
  return selectMade;
}
