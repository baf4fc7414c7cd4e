import { normaliseBaseUrl } from "./site-files";

/** The site address typed, normalised, or what is wrong with it in words beside the field. */
export function addressProblem(
  input: string,
): { readonly baseUrl: string } | { readonly problem: string } {
  if (input.trim() === "") {
    return { problem: "Enter the address where you will upload the site, starting https://." };
  }
  const result = normaliseBaseUrl(input.trim());
  return typeof result === "string" ? { baseUrl: result } : result;
}
