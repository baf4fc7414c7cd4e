import type { ReadRequest } from "./read-request";

/**
 * How a fetched dataset is named and where its separate source texts are found, wherever it is
 * fetched (by the page, or by a Worker fetching ahead of it): both name it alike.
 */
export function fetchedAbout(
  address: URL,
): Pick<ReadRequest, "name" | "address" | "label" | "sourceTexts"> {
  return {
    name: address.pathname.split("/").pop() || address.href,
    address: address.href,
    label: `The dataset at ${address.href}`,
    sourceTexts: { base: address.href },
  };
}
