// The layered layout off the page's thread: one request in, one response out.
import { layeredLayout, type LayoutRequest } from './layered-layout';

self.onmessage = (e: MessageEvent<LayoutRequest & { generation: number }>) => {
  const response = layeredLayout(e.data);
  self.postMessage({ ...response, generation: e.data.generation });
};
