// Reports: a map of the listed reports, and a location picker for the report form.
// Without this script (or without WebGL) the list and the plain latitude/longitude fields do the same job.
import * as maplibregl from "/lib/maplibre-gl/maplibre-gl.mjs";

const regionCentre = [10.13, 54.33];
const regionBounds = [[9.4, 53.9], [10.9, 54.7]];

// No tiles come from outside: the map shows the water colour as background, and our points on it.
const plainStyle = {
  version: 8,
  sources: {},
  layers: [{ id: "background", type: "background", paint: { "background-color": "#dfe9f2" } }],
};

function createMap(container) {
  container.hidden = false;
  const map = new maplibregl.Map({
    container,
    style: plainStyle,
    center: regionCentre,
    zoom: 8,
    maxBounds: [[8.9, 53.6], [11.4, 55.0]],
    attributionControl: false,
  });
  map.addControl(new maplibregl.NavigationControl({ showCompass: false }));
  map.getCanvas().setAttribute("aria-label", container.dataset.label || "");
  return map;
}

function showListOnMap(container) {
  const list = document.getElementById(container.dataset.list);
  const items = list ? [...list.querySelectorAll("li[data-lat]")] : [];
  const map = createMap(container);
  const bounds = new maplibregl.LngLatBounds();
  for (const item of items) {
    const position = [Number(item.dataset.lat), Number(item.dataset.lon)].reverse();
    const link = item.querySelector("a");
    const popup = new maplibregl.Popup({ offset: 12, className: "report-popup" });
    const anchor = document.createElement("a");
    anchor.href = link.href;
    anchor.textContent = link.textContent;
    popup.setDOMContent(anchor);
    new maplibregl.Marker({ color: item.dataset.status === "closed" ? "#1d5b2b" : "#8a1c1c" })
      .setLngLat(position).setPopup(popup).addTo(map);
    bounds.extend(position);
  }

  if (items.length > 0) {
    map.fitBounds(bounds, { padding: 40, maxZoom: 14, duration: 0 });
  } else {
    map.fitBounds(regionBounds, { duration: 0 });
  }
}

function pickLocation(container) {
  const latInput = document.getElementById(container.dataset.latInput);
  const lonInput = document.getElementById(container.dataset.lonInput);
  const map = createMap(container);
  const marker = new maplibregl.Marker({ draggable: true, color: "#0b2a4a" });
  const read = () => {
    const lat = Number(String(latInput.value).replace(",", "."));
    const lon = Number(String(lonInput.value).replace(",", "."));
    return latInput.value && lonInput.value && Number.isFinite(lat) && Number.isFinite(lon) ? [lon, lat] : null;
  };
  const write = (lngLat) => {
    latInput.value = lngLat.lat.toFixed(6);
    lonInput.value = lngLat.lng.toFixed(6);
  };
  const place = () => {
    const position = read();
    if (position) {
      marker.setLngLat(position).addTo(map);
    }
  };

  map.on("click", (event) => {
    marker.setLngLat(event.lngLat).addTo(map);
    write(event.lngLat);
  });
  marker.on("dragend", () => write(marker.getLngLat()));
  latInput.addEventListener("change", place);
  lonInput.addEventListener("change", place);
  map.fitBounds(regionBounds, { duration: 0 });
  place();
}

function start() {
  const listMap = document.getElementById("report-map");
  if (listMap) {
    showListOnMap(listMap);
  }

  const picker = document.getElementById("report-picker");
  if (picker) {
    pickLocation(picker);
  }
}

try {
  start();
} catch {
  // A browser without WebGL keeps the list and the typed coordinates, which say the same.
}
