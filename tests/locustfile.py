"""Load test for the Arremate API, after the original design's tests/locustfile.py.

Web UI (http://localhost:8089):
    locust -f tests/locustfile.py --host http://localhost:5000
Headless, 50 users for a minute:
    locust -f tests/locustfile.py --host http://localhost:5000 --headless -u 50 -r 10 -t 1m

Each simulated user signs up on start and, unless LOCUST_CREATE_AUCTIONS=0,
creates one auction (the original's "adjust on_start" note: turn it off to
have users only browse and bid on what exists), in a random category.
Browsing the lobby weighs 3 (one view in four browses one category instead of
the whole lobby), bidding 1; a bid offers the auction's current minimumBid plus a random step,
and a third of the bids also carry a secret maximum (automatic bidding); a
quarter of the leaders with a maximum then raise it without bidding
(PUT /api/auctions/{id}/max-bid).
Losing a race (409 BID_TOO_LOW), bidding on an auction that just closed
(409 AUCTION_CLOSED) and bidding on one's own lot (403 OWN_AUCTION) are normal
outcomes of an auction and count as successes, as are, for a raised maximum,
having been overtaken meanwhile (409 NOT_LEADING) and a maximum the server
already held higher (409 MAX_TOO_LOW); anything else is a failure.

Environment knobs:
    LOCUST_CREATE_AUCTIONS  1 (default) or 0: create an auction per user on start.
    LOCUST_AUCTION_SECONDS  duration of the auctions created. Default 600.
    LOCUST_HOSTS            comma-separated base URLs (several replicas without a
                            load balancer); users are spread over them round-robin.
                            Default: the --host given to Locust.
"""

import itertools
import os
import random
import uuid

from locust import HttpUser, between, task

CREATE_AUCTIONS = os.environ.get("LOCUST_CREATE_AUCTIONS", "1").lower() not in ("0", "false", "no")
AUCTION_SECONDS = int(os.environ.get("LOCUST_AUCTION_SECONDS", "600"))
HOSTS = [h.strip().rstrip("/") for h in os.environ.get("LOCUST_HOSTS", "").split(",") if h.strip()]
# Outcomes an auction produces by design, not failures of the system.
NORMAL_REFUSALS = {(409, "BID_TOO_LOW"), (409, "AUCTION_CLOSED"), (403, "OWN_AUCTION")}
NORMAL_RAISE_REFUSALS = {(409, "NOT_LEADING"), (409, "MAX_TOO_LOW"), (409, "AUCTION_CLOSED")}
# The API's categories (AUCTION_CATEGORIES in core/schemas.ts).
CATEGORIES = [
    "antiques", "art", "books", "collectibles", "electronics", "fashion", "home",
    "jewelry", "music", "sports", "toys", "vehicles", "other",
]

_next_host = itertools.count()


def error_code(response):
    try:
        return response.json()["error"]["code"]
    except (ValueError, KeyError, TypeError):
        return None


class Bidder(HttpUser):
    wait_time = between(0.2, 1.0)

    def on_start(self):
        if HOSTS:
            self.client.base_url = HOSTS[next(_next_host) % len(HOSTS)]
        self.token = None
        self.auction_ids = []
        name = f"Locust {uuid.uuid4().hex[:8]}"
        with self.client.post(
            "/api/auth/register",
            json={"name": name, "email": f"{uuid.uuid4().hex}@load.example", "password": "locust-password"},
            name="/api/auth/register",
            catch_response=True,
        ) as response:
            if response.status_code != 201:
                response.failure(f"register: {response.status_code} {response.text[:200]}")
                return
            self.token = response.json()["token"]
        if CREATE_AUCTIONS:
            self.create_auction()

    def auth(self):
        return {"Authorization": f"Bearer {self.token}"}

    def create_auction(self):
        with self.client.post(
            "/api/auctions",
            json={
                "title": f"Lote {uuid.uuid4().hex[:6]}",
                "description": "Criado pelo teste de carga.",
                "startingPrice": random.randint(1, 50) * 100,
                "minIncrement": 100,
                "durationSeconds": AUCTION_SECONDS,
                "category": random.choice(CATEGORIES),
            },
            headers=self.auth(),
            name="/api/auctions [create]",
            catch_response=True,
        ) as response:
            if response.status_code != 201:
                response.failure(f"create: {response.status_code} {response.text[:200]}")

    @task(3)
    def browse_lobby(self):
        if random.random() < 1 / 4:
            path = f"/api/auctions/search?category={random.choice(CATEGORIES)}&limit=20"
            name = "/api/auctions/search [category]"
        else:
            path, name = "/api/auctions?status=open&limit=20", "/api/auctions [lobby]"
        with self.client.get(path, name=name, catch_response=True) as response:
            if response.status_code != 200:
                response.failure(f"lobby: {response.status_code} {response.text[:200]}")
                return
            found = [auction["id"] for auction in response.json()["items"]]
            # A category with nothing open yet keeps the auctions seen before.
            if found or name.endswith("[lobby]"):
                self.auction_ids = found

    @task(1)
    def bid(self):
        if self.token is None or not self.auction_ids:
            return
        auction_id = random.choice(self.auction_ids)
        with self.client.get(
            f"/api/auctions/{auction_id}", name="/api/auctions/[id]", catch_response=True
        ) as response:
            if response.status_code != 200:
                response.failure(f"auction: {response.status_code} {response.text[:200]}")
                return
            auction = response.json()
        amount = auction["minimumBid"] + random.randint(0, 3) * auction["minIncrement"]
        body = {"amount": amount}
        # A third of the bids carry a secret maximum (automatic bidding, issue 8).
        if random.random() < 1 / 3:
            body["maxAmount"] = amount + random.randint(1, 10) * auction["minIncrement"]
        with self.client.post(
            f"/api/auctions/{auction_id}/bids",
            json=body,
            headers=self.auth(),
            name="/api/auctions/[id]/bids",
            catch_response=True,
        ) as response:
            if response.status_code == 201:
                response.success()
                leading = response.json().get("leading")
            elif (response.status_code, error_code(response)) in NORMAL_REFUSALS:
                response.success()
                return
            else:
                response.failure(f"bid: {response.status_code} {response.text[:200]}")
                return
        if "maxAmount" in body and leading and random.random() < 1 / 4:
            higher = body["maxAmount"] + random.randint(1, 10) * auction["minIncrement"]
            self.raise_maximum(auction_id, higher)

    def raise_maximum(self, auction_id, max_amount):
        with self.client.put(
            f"/api/auctions/{auction_id}/max-bid",
            json={"maxAmount": max_amount},
            headers=self.auth(),
            name="/api/auctions/[id]/max-bid",
            catch_response=True,
        ) as response:
            if response.status_code == 200:
                response.success()
            elif (response.status_code, error_code(response)) in NORMAL_RAISE_REFUSALS:
                response.success()
            else:
                response.failure(f"max-bid: {response.status_code} {response.text[:200]}")
