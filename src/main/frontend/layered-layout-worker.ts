// The layered layout off the page's thread: one request in, one response out.
import { layeredLayout, type LayoutRequest } from './layered-layout';

self.onmessage = (e: MessageEvent<LayoutRequest & { generation: number }>) => {
  const response = layeredLayout(e.data);
  // the time of sending, so the page can tell how long the answer waited for its thread
  self.postMessage({ ...response, generation: e.data.generation, sentAt: performance.timeOrigin + performance.now() });
};
