// What the timeline draws only for some datasets, one chunk of its own (see lazy-layers.tsx).
export { DensityBuckets } from "./DensityBuckets";
export { EraBands } from "./EraBands";
export { EraList } from "./EraList";
export { OverviewEras } from "./OverviewEras";
