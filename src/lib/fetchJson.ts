/** A JSON file from the site; an HTTP error is an error that names the file. */
export async function fetchJson<T>(url: string, init?: RequestInit): Promise<T> {
	const response = await fetch(url, init);
	if (!response.ok) throw new Error(`${url} answered HTTP ${response.status}`);
	return response.json() as Promise<T>;
}
