-- wrk: the same synthesis request every time (a cache hit after the first).
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.body = '{"text": "Hola, le llamamos de locutor para confirmar su cita.", "voice": "Bella", "language": "es"}'
