import { countOf, formatCount } from "../../domain/count";

/** One facet value: a checkbox with its name and how many events it has. */
export function Facet(props: {
  name: string;
  count: number;
  checked: boolean;
  onToggle: () => void;
}) {
  const { name, count, checked, onToggle } = props;
  return (
    <li tabIndex={-1}>
      <label className={count === 0 ? "facet facet--empty" : "facet"}>
        <input type="checkbox" checked={checked} onChange={onToggle} />
        <bdi className="facet__name">{name}</bdi>{" "}
        <span className="facet__count" aria-label={countOf(count, "event", "events")}>
          {formatCount(count)}
        </span>
      </label>
    </li>
  );
}
