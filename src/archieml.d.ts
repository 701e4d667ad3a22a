declare module 'archieml' {
	const archieml: { load(text: string): Record<string, unknown> };
	export default archieml;
}
