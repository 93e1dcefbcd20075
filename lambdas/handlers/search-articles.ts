// Placeholder: the real handler is written over the pipeline modules; the CDK stack bundles this entry point.
export const handler = async (): Promise<void> => {};
